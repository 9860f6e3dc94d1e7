package shop.dozo.cart.points;

import java.time.Instant;

public record CampaignView(String code, String name, int pointsMultiplier, Instant startsAt, Instant endsAt,
        Instant createdAt) {

    public static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.code, campaign.name, campaign.pointsMultiplier, campaign.startsAt,
                campaign.endsAt, campaign.createdAt);
    }
}
