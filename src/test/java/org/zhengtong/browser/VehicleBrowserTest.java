package org.zhengtong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * 用车 in the browser with the demo accounts: a clerk of 市财政局's 预算科 books a car to 苏仙区; her 科长 approves it
 * from his to-do window; the fleet manager (the office director) opens it from his and dispatches a car and a driver;
 * the driver records the departure and the return; the month's statistics show the trip.
 */
class VehicleBrowserTest extends BrowserTest {

    static final String BOOKER = "czj.d1.clerk1";
    static final String CHIEF = "czj.d1.chief";
    static final String MANAGER = "czj.office";
    static final String DRIVER = "czj.clerk";

    @Autowired Clock clock;
    @Autowired OrgDirectory directory;

    @Test
    void aClerkBooksTheManagerDispatchesAndTheDriverRecordsTheTrip() {
        String destination = TestUsers.unique("苏仙区政府");
        LocalDate day = LocalDate.now(clock).plusDays(40);

        signIn(BOOKER);
        open("/vehicle/bookings/new");
        setValue(By.id("startsAt"), day + "T09:00");
        setValue(By.id("endsAt"), day + "T12:00");
        type("passengers", "3");
        type("destination", destination);
        type("reason", "督查项目资金使用情况");
        press(By.id("submit-booking"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/vehicle/bookings/\\d+$"));
        String booking = path();
        assertThat(find(By.id("booking-status")).getText()).isEqualTo("审批中");
        logout();

        signIn(CHIEF);
        openFromTodo(todoTitle(destination), "科室审核");
        assertThat(path()).isEqualTo(booking);
        sendOn("同意");
        logout();

        signIn(MANAGER);
        openFromTodo(todoTitle(destination), "派车");
        assertThat(find(By.id("send-on")).getText()).contains("派车");
        Select car = new Select(find(By.id("dispatch-car")));
        String plate = car.getFirstSelectedOption().getText().split(" ")[0];
        assertThat(new Select(find(By.id("dispatch-driver"))).getOptions()).isNotEmpty();
        new Select(find(By.id("dispatch-driver"))).selectByVisibleText(
                new Select(find(By.id("dispatch-driver"))).getOptions().stream().map(o -> o.getText())
                        .filter(t -> t.startsWith(driverName())).findFirst().orElseThrow());
        sendOn("请按时出车");
        open(booking);
        assertThat(find(By.id("booking-status")).getText()).isEqualTo("已派车");
        assertThat(find(By.id("assigned-car")).getText()).isEqualTo(plate);
        logout();

        signIn(DRIVER);
        open("/vehicle/bookings");
        find(By.xpath("//section[@id='my-trips']//a[normalize-space()='" + destination + "']")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/vehicle/bookings/\\d+$"));
        assertThat(path()).isEqualTo(booking);
        // below the car's recorded mileage: refused, nothing saved
        type("departure-mileage-input", "1");
        press(By.id("record-departure"));
        assertThat(find(By.id("departure-errors")).getText()).contains("小于车辆");
        type("departure-mileage-input", "500000");
        press(By.id("record-departure"));
        assertThat(find(By.id("booking-status")).getText()).isEqualTo("已出车");
        type("return-mileage-input", "500064");
        type("fuelLitres", "7.5");
        type("fuelCost", "56.30");
        press(By.id("record-return"));
        assertThat(find(By.id("booking-status")).getText()).isEqualTo("已还车");
        assertThat(find(By.id("distance")).getText()).isEqualTo("64");
        logout();

        signIn(MANAGER);
        open("/vehicle/statistics");
        assertThat(find(By.id("byCar")).getText()).contains(plate);
        logout();
    }

    /** How the to-do window titles the booking. */
    private String todoTitle(String destination) {
        return directory.nameOf(BOOKER) + "用车：" + destination + "（3人）";
    }

    private String driverName() {
        return directory.nameOf(DRIVER);
    }

    /** A date or time field set as the picker would (typed keys are read by the locale's own format). */
    private void setValue(By field, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(field), value);
    }
}
