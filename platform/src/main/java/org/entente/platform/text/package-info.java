/** What text the services accept in a request body: printable characters, tabs and line breaks. */
package org.entente.platform.text;
