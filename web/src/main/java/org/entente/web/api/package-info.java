/**
 * The two services as the pages see them: HTTP clients that carry the signed-in person's token, the shapes of
 * their answers, and their refusals as typed exceptions with the problem's stable code.
 */
package org.entente.web.api;
