/** HTTP concerns shared by the command endpoints: who is calling, and errors as RFC 9457 problem details. */
package org.entente.command.web;
