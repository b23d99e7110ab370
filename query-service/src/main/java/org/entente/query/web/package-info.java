/** HTTP concerns shared by the query endpoints: who is calling, and errors as RFC 9457 problem details. */
package org.entente.query.web;
