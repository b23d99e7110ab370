/** Processes that end with the process that started them, whatever ended it. */
package org.entente.leash;
