/** What others do, shown without reload: the query side's feed relayed to the browser as server-sent events. */
package org.entente.web.live;
