/** Which bearer tokens a service trusts, and how their roles become authorities. */
package org.entente.platform.security;
