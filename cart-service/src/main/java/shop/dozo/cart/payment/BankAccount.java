package shop.dozo.cart.payment;

/** The shop's account a bank transfer goes to, as shown with the order and in its mails. */
public record BankAccount(String bank, String branch, String type, String number, String holder) {

    public static BankAccount of(PaymentConfig.Bank bank) {
        return new BankAccount(bank.name(), bank.branch(), bank.type(), bank.number(), bank.holder());
    }
}
