package shop.dozo.cart.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds. Every replica runs this job; {@link OutboxStore}'s lease makes each mail one
 * replica's at a time. A mail is marked sent after the SMTP server took it, so a crash in between sends it once
 * more, with the same Message-ID: a mail client shows it once, and no mail is ever lost.
 */
@ApplicationScoped
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    /** Their data is a token that proves who someone is: gone once the mail is out. */
    private static final Set<MailKind> SECRET_DATA = EnumSet.of(MailKind.ACCOUNT_VERIFICATION, MailKind.PASSWORD_RESET,
            MailKind.NEWSLETTER_CONFIRMATION);

    @Inject
    OutboxStore store;

    @Inject
    MailComposer composer;

    @Inject
    Mailer mailer;

    @Inject
    MailConfig config;

    // No "delayed" from the same property: with send-every=off (the test profile) it is no duration, and every
    // test application without the mail job failed to start ("Invalid delayed() expression").
    @Scheduled(every = "${dozo.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sendDue() {
        for (OutboxStore.Row row : store.take(config.batch(), config.lease())) {
            send(row);
        }
    }

    void send(OutboxStore.Row row) {
        try {
            Mail mail = composer.compose(row);
            mailer.send(mail);
        } catch (RuntimeException e) {
            Duration retryIn = retryDelay(row.attempts() + 1);
            LOG.warnf("Mail %s (%s) not sent, attempt %d; trying again in %s: %s", row.id(), row.kind(),
                    row.attempts() + 1, retryIn, e.toString());
            store.failed(row, retryIn, config.giveUpAfter(), e.toString());
            return;
        }
        store.sent(row, SECRET_DATA.contains(row.kind()));
    }

    /** 30 s, 1 min, 2 min, ... up to 10 min between tries (by default). */
    Duration retryDelay(int attempt) {
        Duration delay = config.firstRetry();
        for (int i = 1; i < attempt && delay.compareTo(config.maxRetry()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxRetry()) > 0 ? config.maxRetry() : delay;
    }
}
