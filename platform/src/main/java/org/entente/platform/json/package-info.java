/** How the services read and write JSON: strict for HTTP bodies, tolerant for events. */
package org.entente.platform.json;
