package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.order;
import static shop.dozo.cart.Shop.placeOrder;
import static shop.dozo.cart.Shop.staff;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** What the back office's dashboard and order screens ask of cart-service: figures, tracking numbers, CSV. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class OrderDeskTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @BeforeEach
    void products() {
        CatalogContract.product("DK-SOAP", "米ぬか石けん", 660, 10, false, 1000);
        CatalogContract.product("DK-MISO", "有機 米みそ", 1080, 8, false, 1000);
    }

    @Test
    void theSummaryCountsTodayTheMonthAndEachDayLeavingCancelledOrdersOut() {
        JsonPath before = summary(7);
        String today1 = placeOrder("desk.one@example.jp", Map.of("DK-SOAP", 1)); // 660 + 770 shipping
        String today2 = placeOrder("desk.two@example.jp", Map.of("DK-MISO", 2));
        String cancelled = placeOrder("desk.three@example.jp", Map.of("DK-SOAP", 3));
        Shop.changeStatus(cancelled, "cancelled", null).then().statusCode(200);
        String yesterday = placeOrder("desk.four@example.jp", Map.of("DK-SOAP", 1));
        Shop.update("UPDATE customer_order SET created_at = created_at - INTERVAL 1 DAY WHERE order_number = ?",
                yesterday);
        int total1 = total(today1);
        int total2 = total(today2);
        int totalYesterday = total(yesterday);

        JsonPath after = summary(7);
        assertEquals(before.getLong("today.orders") + 2, after.getLong("today.orders"));
        assertEquals(before.getLong("today.sales") + total1 + total2, after.getLong("today.sales"));
        boolean yesterdayInMonth = TODAY.minusDays(1).getMonth() == TODAY.getMonth();
        assertEquals(before.getLong("month.orders") + 2 + (yesterdayInMonth ? 1 : 0), after.getLong("month.orders"));
        assertEquals(before.getLong("month.sales") + total1 + total2 + (yesterdayInMonth ? totalYesterday : 0),
                after.getLong("month.sales"));
        List<String> days = after.getList("byDay.day");
        assertEquals(7, days.size());
        assertEquals(TODAY.minusDays(6).toString(), days.get(0));
        assertEquals(TODAY.toString(), days.get(6));
        assertEquals(before.getLong("byDay[5].sales") + totalYesterday, after.getLong("byDay[5].sales"));
        assertEquals(before.getLong("byDay[6].orders") + 2, after.getLong("byDay[6].orders"));

        staff().queryParam("days", 0).get("/api/staff/orders/summary").then().statusCode(400)
                .body("errors.field", hasItem("days"));
        staff().queryParam("days", 93).get("/api/staff/orders/summary").then().statusCode(400);
        staff().queryParam("days", "many").get("/api/staff/orders/summary").then().statusCode(400);
        given().get("/api/staff/orders/summary").then().statusCode(401);
        given().auth().oauth2(TestTokens.shopper()).get("/api/staff/orders/summary").then().statusCode(403);
    }

    @Test
    void waitingOrdersAreBankTransfersToBePaidAndPaidOrCashOnDeliveryOrdersToBeShipped() {
        JsonPath before = summary(1);
        String transfer = placeOrder("wait.transfer@example.jp", Map.of("DK-SOAP", 1));
        String cod = checkout(cartWith(Map.of("DK-MISO", 1)), order("wait.cod@example.jp", "paymentMethod",
                "cash_on_delivery")).then().statusCode(201).extract().path("orderNumber");
        JsonPath placed = summary(1);
        assertEquals(before.getLong("awaitingPayment") + 1, placed.getLong("awaitingPayment"));
        assertEquals(before.getLong("awaitingShipment") + 1, placed.getLong("awaitingShipment"));

        Shop.changeStatus(transfer, "paid", null).then().statusCode(200);
        Shop.changeStatus(cod, "shipped", null).then().statusCode(200); // the carrier now collects the money
        JsonPath moved = summary(1);
        assertEquals(before.getLong("awaitingPayment") + 1, moved.getLong("awaitingPayment"));
        assertEquals(before.getLong("awaitingShipment") + 1, moved.getLong("awaitingShipment"));

        Shop.changeStatus(transfer, "shipped", null).then().statusCode(200);
        Shop.changeStatus(cod, "paid", "代引き回収").then().statusCode(200); // paid, but shipped before: not waiting
        JsonPath done = summary(1);
        assertEquals(before.getLong("awaitingPayment"), done.getLong("awaitingPayment"));
        assertEquals(before.getLong("awaitingShipment"), done.getLong("awaitingShipment"));
    }

    @Test
    void shippingKeepsTheTrackingNumberForStaffAndTheShopper() {
        String number = placeOrder("track@example.jp", Map.of("DK-SOAP", 1));
        move(number, "paid", "1234-5678-9012").then().statusCode(400).body("errors.field", hasItem("trackingNumber"));
        move(number, "paid", null).then().statusCode(200);
        move(number, "shipped", "=1+2").then().statusCode(400).body("errors.field", hasItem("trackingNumber"));
        move(number, "shipped", "x".repeat(41)).then().statusCode(400);
        Shop.staffOrder(number).then().body("order.status", equalTo("paid")).body("order.trackingNumber",
                equalTo(null));
        move(number, "shipped", " 1234-5678-9012 ").then().statusCode(200)
                .body("order.trackingNumber", equalTo("1234-5678-9012"));
        given().contentType(ContentType.JSON).body(Map.of("orderNumber", number, "email", "track@example.jp"))
                .post("/api/orders/lookup").then().statusCode(200).body("trackingNumber", equalTo("1234-5678-9012"));
    }

    @Test
    void staffFindAnOrderByTheStartOfItsNumberTypedAnyWay() {
        String number = placeOrder("prefix@example.jp", Map.of("DK-SOAP", 1)); // DZ-261207-7KQ4-M9XD
        for (String typed : List.of(number.substring(0, 9), "dz " + number.substring(3, 9),
                number.substring(0, 14).replace("-", "").toLowerCase(), number, "ＤＺ－" + number.substring(3, 9))) {
            List<String> found = staff().queryParam("number", typed).queryParam("size", 100)
                    .get("/api/staff/orders").then().statusCode(200).extract().path("items.orderNumber");
            assertTrue(found.contains(number), typed + " finds " + number + ": " + found);
        }
        staff().queryParam("number", "DZ-1").get("/api/staff/orders").then().statusCode(200).body("total",
                equalTo(0));
    }

    @Test
    void theCsvExportHasABomOneRowAnOrderAndDefusesFormulas() throws Exception {
        String plain = placeOrder("csv.plain@example.jp", Map.of("DK-SOAP", 2, "DK-MISO", 1));
        String hostile = placeOrder("csv.hostile@example.jp", Map.of("DK-MISO", 1));
        // What an old import or a hostile shopper could have left: a formula, a comma, quotes and a new line.
        Shop.update("UPDATE customer_order SET full_name = ?, street = ? WHERE order_number = ?",
                "=HYPERLINK(\"http://evil\")", "1-2-3, \"本町\"\n2階", hostile);

        var response = staff().queryParam("email", "csv.").get("/api/staff/orders/export");
        response.then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition",
                equalTo("attachment; filename=\"orders-" + TODAY.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + ".csv\""));
        byte[] bytes = response.asByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "a UTF-8 BOM, for Excel");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(2, rows.size());
        CSVRecord hostileRow = rows.get(0);
        assertEquals(hostile, hostileRow.get("注文番号"));
        assertEquals("'=HYPERLINK(\"http://evil\")", hostileRow.get("氏名"));
        assertEquals("1-2-3, \"本町\"\n2階", hostileRow.get("番地・建物"));
        CSVRecord plainRow = rows.get(1);
        assertEquals(plain, plainRow.get("注文番号"));
        assertEquals(String.valueOf(total(plain)), plainRow.get("合計（税込）"));
        assertTrue(plainRow.get("商品").contains("DK-SOAP 米ぬか石けん ×2"), plainRow.get("商品"));
        assertEquals(Integer.parseInt(plainRow.get("8%対象（税込）")) + Integer.parseInt(plainRow.get("10%対象（税込）")),
                total(plain));
        assertEquals("ヤマダ ハナコ", plainRow.get("フリガナ"));
        assertEquals(total(plain), Integer.parseInt(plainRow.get("請求額8%対象（税込）"))
                + Integer.parseInt(plainRow.get("請求額10%対象（税込）")), "no points: what is paid is the total");
        assertEquals("", plainRow.get("お届け希望日"));

        staff().queryParam("status", "lost").get("/api/staff/orders/export").then().statusCode(400);
        given().get("/api/staff/orders/export").then().statusCode(401);
    }

    private static JsonPath summary(int days) {
        return staff().queryParam("days", days).get("/api/staff/orders/summary").then().statusCode(200).extract()
                .jsonPath();
    }

    private static int total(String number) {
        return Shop.staffOrder(number).then().statusCode(200).extract().path("order.totalYen");
    }

    private static io.restassured.response.Response move(String number, String status, String tracking) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("status", status));
        if (tracking != null) {
            body.put("trackingNumber", tracking);
        }
        return staff().contentType(ContentType.JSON).body(body).post("/api/staff/orders/" + number + "/status");
    }
}
