/** "My partnerships": the portfolio with filters, sorting and paging, and what awaits the person's action. */
package org.entente.web.portfolio;
