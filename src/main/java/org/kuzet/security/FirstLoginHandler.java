package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** After sign-in, a user whose password is a one-time password goes to change it first. */
class FirstLoginHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        Users users = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext()).getBean(Users.class);
        users.recordLogin(authentication.getName());
        boolean mustChange = users.find(authentication.getName()).map(User::mustChangePassword).orElse(false);
        if (mustChange) {
            getRedirectStrategy().sendRedirect(request, response, "/account/password");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
