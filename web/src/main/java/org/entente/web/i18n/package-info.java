/** Dates, amounts and numbers in the person's language, and what every page knows of the person. */
package org.entente.web.i18n;
