/** Whom to write to for each institution, and in which language: the operator's file of contact addresses. */
package org.entente.notifier.contact;
