/**
 * The auditor's workbench: every partnership, the timeline by kind of step, the partnership as of any date or
 * version, raw events and exports. Read-only: nothing on these pages can change anything.
 */
package org.entente.web.audit;
