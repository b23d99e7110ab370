/** The web application: pages for institutions, auditors and reporters, calling the services with the person's token. */
package org.entente.web;
