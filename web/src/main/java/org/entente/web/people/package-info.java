/**
 * "Données personnelles": an administrator erases a person's personal data at their request, or corrects their
 * name or capacity, through the command side's vault (docs/ledger.md §9); every proof of the record stays valid.
 */
package org.entente.web.people;
