package shop.dozo.cart.points;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

@ApplicationScoped
public class Campaigns {
    /** What MariaDB's TIMESTAMP column holds; a time outside was a 500 at the insert. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:01Z");
    private static final Instant LATEST = Instant.parse("2038-01-19T03:14:07Z");

    /** Every campaign, past and future too, by start. */
    @Transactional
    public List<CampaignView> all() {
        return Campaign.<Campaign>listAll(Sort.by("startsAt").and("id")).stream().map(CampaignView::of).toList();
    }

    /** What is running now, the most generous first. */
    @Transactional
    public List<CampaignView> running(Instant now) {
        return Campaign.running(now).stream().map(CampaignView::of).toList();
    }

    @Transactional
    public Campaign create(CampaignRequest request, String staff) {
        storable("startsAt", request.startsAt().toInstant());
        storable("endsAt", request.endsAt().toInstant());
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.badRequest("endsAt", "must be after startsAt");
        }
        String code = request.code().toUpperCase(Locale.ROOT);
        if (Campaign.findByCode(code).isPresent()) {
            throw new ProblemException(Problem.of(409, "Conflict", "A campaign " + code + " already exists.")
                    .withErrors(List.of(new Problem.FieldError("code", "already used"))));
        }
        Campaign campaign = new Campaign();
        campaign.code = code;
        campaign.name = request.name().strip();
        campaign.pointsMultiplier = request.pointsMultiplier();
        campaign.startsAt = request.startsAt().toInstant();
        campaign.endsAt = request.endsAt().toInstant();
        campaign.createdBy = staff;
        campaign.persistAndFlush();
        return campaign;
    }

    private static void storable(String field, Instant time) {
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw ProblemException.badRequest(field, "must be between 1970-01-01 and 2038-01-19 (UTC)");
        }
    }

    /** Stops a campaign now (a mistake, a sell-out); it stays on record with its new end. */
    @Transactional
    public Campaign end(String code, Instant now) {
        Campaign campaign = Campaign.findByCode(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("No campaign " + code + "."));
        if (campaign.endsAt.isAfter(now)) {
            // A campaign that has not started yet ends before it starts: cancelled, yet still on record.
            campaign.endsAt = campaign.startsAt.isAfter(now) ? campaign.startsAt.plusNanos(1000) : now;
        }
        return campaign;
    }

    /**
     * The campaign an order placed now gets: the one named (it must be running), else the running one that
     * gives the most points, else none. Running campaigns apply to everyone; a code only picks among them.
     */
    @Transactional
    public Optional<Campaign> forOrder(String code, Instant now) {
        if (code == null || code.isBlank()) {
            return Campaign.running(now).stream().findFirst();
        }
        Campaign campaign = Campaign.findByCode(code.strip().toUpperCase(Locale.ROOT))
                .filter(found -> found.runningAt(now))
                .orElseThrow(() -> new ProblemException(Problem.of(422, "Unknown campaign",
                        "There is no campaign '" + code.strip() + "' running now.")
                        .withErrors(List.of(new Problem.FieldError("campaignCode", "no such campaign running now")))));
        return Optional.of(campaign);
    }
}
