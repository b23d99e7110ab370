/** What both services share that is not the event contract; wired by {@link org.entente.platform.PlatformAutoConfiguration}. */
package org.entente.platform;
