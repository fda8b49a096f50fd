package org.kuzet.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.security.AccountViews;
import org.kuzet.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The sign-in and account pages of {@link AccountViews}, rendered from the templates in {@code jte/account}. */
@Component
class AccountPageViews implements AccountViews {

    private final TemplateEngine templates;
    private final MessageSource messages;

    AccountPageViews(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String signIn(HttpServletRequest request, Notice notice) {
        return render("account/signIn", request, notice, Map.of());
    }

    @Override
    public String secondStep(HttpServletRequest request, Notice notice) {
        return render("account/secondStep", request, notice, Map.of());
    }

    @Override
    public String passwordForm(HttpServletRequest request, int minLength, int maxLength, Notice notice) {
        return render("account/password", request, notice, Map.of("minLength", minLength, "maxLength", maxLength));
    }

    @Override
    public String passwordChanged(HttpServletRequest request) {
        return render("account/done", request, null, Map.of("done", "passwordChanged"));
    }

    @Override
    public String enrolment(HttpServletRequest request, String qrDataUri, String secret, boolean required, Notice notice) {
        return render("account/enrol", request, notice, Map.of("qrDataUri", qrDataUri, "secret", secret, "required", required));
    }

    @Override
    public String twoFactorOn(HttpServletRequest request, List<String> recoveryCodes) {
        return render("account/twoFactorOn", request, null, Map.of("recoveryCodes", recoveryCodes));
    }

    @Override
    public String twoFactorStatus(HttpServletRequest request, boolean required, Notice notice) {
        return render("account/twoFactorStatus", request, notice, Map.of("required", required));
    }

    @Override
    public String twoFactorOff(HttpServletRequest request) {
        return render("account/done", request, null, Map.of("done", "twoFactorOff"));
    }

    private String render(String template, HttpServletRequest request, Notice notice, Map<String, Object> params) {
        Page page = new Page(messages, RequestContextUtils.getLocale(request), Actor.current(), request);
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", page);
        all.put("notice", notice == null ? null : new ShownNotice(notice.alert(),
                page.t("account.notice." + notice.key(), notice.args().toArray())));
        StringOutput output = new StringOutput();
        templates.render(template + ".jte", all, output);
        return output.toString();
    }
}
