package org.gridloop.web.internal;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own answer to the requests it refuses before the application sees them (an encoded
 * slash or NUL in the path, a path that climbs out of the root): with the application's
 * {@link SecurityHeaders}, as a problem for the API and a short page otherwise, instead of
 * Tomcat's page naming the server.
 */
class TomcatErrorReport extends ErrorReportValve {

    private final SecurityHeaders headers;

    TomcatErrorReport(SecurityHeaders headers) {
        this.headers = headers;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        headers.writeTo(response.getResponse());
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error " + status : known.getReasonPhrase();
        String path = request.getRequestURI();
        boolean api = path != null && path.startsWith(request.getContextPath() + "/api/");
        try {
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (api) {
                response.setContentType("application/problem+json");
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":"
                        + status + "}");
            } else {
                response.setContentType("text/html");
                writer.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + status
                        + "</title></head><body><h1>" + status + " " + reason
                        + "</h1><p>请求的地址无效。The address of the request is not valid.</p>"
                        + "<p><a href=\"/\">返回首页 Home</a></p></body></html>");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException unwritable) {
            // The client has gone or the answer is already on its way: nothing more to tell.
        }
    }
}
