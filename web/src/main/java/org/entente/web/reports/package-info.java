/** The reporter's dashboard: the summary report drawn as server-rendered SVG charts, each with its numbers in a table. */
package org.entente.web.reports;
