package run.kro.idp;

import com.google.common.html.HtmlEscapers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The embedded provider's sign-in page: a plain form, and the demo users with their passwords. */
@RestController
class LoginPage {

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
  String login(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    StringBuilder users = new StringBuilder();
    for (DemoUsers.DemoUser user : DemoUsers.ALL) {
      users
          .append("<tr><td><code>")
          .append(escape(user.name()))
          .append("</code></td><td><code>")
          .append(escape(user.password()))
          .append("</code></td><td>")
          .append(escape(user.role()))
          .append("</td><td>")
          .append(escape(String.join(", ", user.groups())))
          .append("</td></tr>");
    }
    boolean failed = request.getParameter("error") != null;
    return """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · KRO</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1a2433}
        label{display:block;margin-top:1rem}input{font-size:1rem;padding:.5rem;width:100%%;box-sizing:border-box}
        button{margin-top:1.2rem;font-size:1rem;padding:.6rem 1.4rem;background:#1676f3;color:#fff;border:0;border-radius:4px}
        table{border-collapse:collapse;margin-top:.5rem}td,th{padding:.3rem .6rem;border-bottom:1px solid #dde;text-align:left}
        .error{color:#c00}</style></head><body>
        <h1>Sign in to KRO</h1>
        <p>This is the console's <strong>embedded demo provider</strong>, used because no OIDC provider is configured.</p>
        %s
        <form method="post" action="login">
        <label for="username">User name</label><input id="username" name="username" autofocus autocomplete="username">
        <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
        <input type="hidden" name="%s" value="%s"><button type="submit">Sign in</button></form>
        <h2>Demo users</h2><table><tr><th>user</th><th>password</th><th>role</th><th>groups</th></tr>%s</table>
        </body></html>
        """
        .formatted(
            failed ? "<p class=\"error\" role=\"alert\">Wrong user name or password.</p>" : "",
            csrf.getParameterName(),
            csrf.getToken(),
            users);
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
