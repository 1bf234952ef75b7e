package org.councilprotocol.it;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.detect.Detector;
import org.councilprotocol.detect.MessageContext;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Finding;

/**
 * A test-only rule, registered through ServiceLoader like any council's own extension: a subject
 * containing {@code [tripwire:ACTION]} produces a finding with that action, and {@code [tripwire:fail]}
 * makes the detector throw, so the tests can drive every road of the mailet. Only mail from an
 * authenticated member or officer trips it.
 */
public final class TripwireDetector implements Detector {
    private static final Pattern TOKEN = Pattern.compile("\\[tripwire:([a-z]+)]");

    @Override
    public String rule() {
        return "test-tripwire";
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        // Like the real rules, it judges what members and officers send, not bounces or outside mail.
        if (context.correspondence().senderPerson().isEmpty()) {
            return List.of();
        }
        String subject;
        try {
            subject = String.valueOf(context.submission().message().getSubject());
        } catch (MessagingException e) {
            return List.of();
        }
        Matcher matcher = TOKEN.matcher(subject);
        if (!matcher.find()) {
            return List.of();
        }
        String word = matcher.group(1);
        if (word.equals("fail")) {
            throw new IllegalStateException("tripwire rule failed on purpose");
        }
        Action action = Action.byId(word.toLowerCase(Locale.ROOT)).orElse(rule.action());
        return List.of(new Finding(rule.rule(), action, rule.clause(), "the subject asked for " + word,
            List.of("Subject: " + subject), List.of()));
    }
}
