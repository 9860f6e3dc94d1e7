package shop.dozo.storefront.checkout;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The checkout form's fields as posted (form, confirmation step, order button and "back" all post the same set),
 * bound with {@code @BeanParam}. Every value is as typed; nothing is checked here.
 */
public class CheckoutFields {
    @RestForm
    public String fullName;
    @RestForm
    public String fullNameKana;
    @RestForm
    public String email;
    @RestForm
    public String postalCode;
    @RestForm
    public String prefecture;
    @RestForm
    public String city;
    @RestForm
    public String street;
    @RestForm
    public String phone;
    @RestForm
    public String deliveryDate;
    @RestForm
    public String deliverySlot;
    @RestForm
    public String paymentMethod;
    @RestForm
    public String usePoints;
    @RestForm
    public String privacyConsent;
    @RestForm
    public String newsletter;
    @RestForm
    public String idempotencyKey;
}
