package org.entente.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Request bodies are bounded (DESIGN §6): 1 MiB, far above any real command, refused with 413 before anything
 * parses them — by the declared length, or while reading when the length is not declared. A client still sending
 * when the refusal is written and the connection closed never reads the refusal (it sees a broken pipe), so a body
 * up to {@link #DISCARDED_AT_MOST} is read to its end and thrown away first; a larger one is refused and its
 * connection closed at once, since reading it would hand the server's time to whoever sends the most.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;
    static final long DISCARDED_AT_MOST = 16 * MAX_BYTES;

    private final ObjectMapper json;

    BodySizeLimit(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            if (declared <= DISCARDED_AT_MOST) {
                discard(request.getInputStream());
            } else {
                response.setHeader(HttpHeaders.CONNECTION, "close");
            }
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), BodyTooLarge.problem());
            return;
        }
        chain.doFilter(new Bounded(request), response);
    }

    /** Reads what is left of a body, up to {@link #DISCARDED_AT_MOST} bytes in all, and forgets it. */
    static void discard(java.io.InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int count;
        while (read < DISCARDED_AT_MOST && (count = body.read(buffer)) >= 0) {
            read += count;
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    if (next >= 0 && ++read > MAX_BYTES) {
                        tooLarge();
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = body.read(buffer, offset, length);
                    read += Math.max(count, 0);
                    if (read > MAX_BYTES) {
                        tooLarge();
                    }
                    return count;
                }

                /** The rest is read (bounded) before the refusal, so that the client is there to read it. */
                private void tooLarge() throws IOException {
                    discard(body);
                    throw new BodyTooLarge();
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
