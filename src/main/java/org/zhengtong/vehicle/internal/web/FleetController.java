package org.zhengtong.vehicle.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.vehicle.internal.CarForm;
import org.zhengtong.vehicle.internal.CarStatus;
import org.zhengtong.vehicle.internal.CarType;
import org.zhengtong.vehicle.internal.CarView;
import org.zhengtong.vehicle.internal.DriverForm;
import org.zhengtong.vehicle.internal.FleetService;
import org.zhengtong.vehicle.internal.LicenceClass;

/**
 * 车辆基本信息 ({@code /vehicle/cars}: the unit's cars for everyone of it, added and changed by its fleet managers)
 * and the drivers ({@code /vehicle/drivers}, fleet managers only).
 */
@Controller
@RequestMapping("/vehicle")
class FleetController {

    private final FleetService fleet;
    private final RequestTransactions requests;
    private final Refusals refusals;

    FleetController(FleetService fleet, RequestTransactions requests, Refusals refusals) {
        this.fleet = fleet;
        this.requests = requests;
        this.refusals = refusals;
    }

    @GetMapping("/cars")
    String cars(Model model) {
        model.addAttribute("cars", fleet.cars());
        model.addAttribute("mayManage", fleet.mayManage());
        return "vehicle/cars";
    }

    @GetMapping("/cars/new")
    String newCar(Model model) {
        requireManager();
        return carForm(model, CarForm.empty(), null);
    }

    @PostMapping("/cars")
    String addCar(@Valid @ModelAttribute("form") CarForm form, BindingResult result, @RequestKey String key,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return carForm(model, form, null);
        }
        long id;
        try {
            id = requests.createOnce(CarForm.REQUEST_KIND, key, () -> fleet.addCar(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return carForm(model, form, null);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("vehicle.car.saved", locale));
        return "redirect:/vehicle/cars/" + id;
    }

    @GetMapping("/cars/{id}")
    String car(@PathVariable long id, Model model) {
        CarView car = fleet.car(id);
        model.addAttribute("car", car);
        model.addAttribute("mayManage", fleet.mayManage());
        return "vehicle/car";
    }

    @GetMapping("/cars/{id}/edit")
    String editCar(@PathVariable long id, Model model) {
        CarView car = fleet.car(id);
        requireManager();
        return carForm(model, new CarForm(car.plate(), car.type(), car.model(), car.seats(), car.status(),
                car.mileage(), car.maintenanceDue(), car.insuranceDue(), car.inspectionDue()), id);
    }

    @PostMapping("/cars/{id}")
    String updateCar(@PathVariable long id, @Valid @ModelAttribute("form") CarForm form, BindingResult result,
                     Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        fleet.car(id);
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return carForm(model, form, id);
        }
        try {
            fleet.updateCar(id, form);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return carForm(model, form, id);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("vehicle.car.saved", locale));
        return "redirect:/vehicle/cars/" + id;
    }

    @GetMapping("/drivers")
    String drivers(Model model) {
        return drivers(model, new DriverForm(null, LicenceClass.C1, null, true));
    }

    @PostMapping("/drivers")
    String addDriver(@Valid @ModelAttribute("form") DriverForm form, BindingResult result, @RequestKey String key,
                     Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return drivers(model, form);
        }
        try {
            requests.createOnce(DriverForm.REQUEST_KIND, key, () -> fleet.addDriver(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return drivers(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("vehicle.driver.saved", locale));
        return "redirect:/vehicle/drivers";
    }

    @PostMapping("/drivers/{id}")
    String updateDriver(@PathVariable long id, @Valid @ModelAttribute("form") DriverForm form, BindingResult result,
                        Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        fleet.driver(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return drivers(model, form);
        }
        try {
            fleet.updateDriver(id, form);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return drivers(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("vehicle.driver.saved", locale));
        return "redirect:/vehicle/drivers";
    }

    private String drivers(Model model, DriverForm form) {
        model.addAttribute("drivers", fleet.drivers());
        model.addAttribute("colleagues", fleet.colleagues());
        model.addAttribute("licenceClasses", LicenceClass.values());
        model.addAttribute("form", form);
        return "vehicle/drivers";
    }

    private String carForm(Model model, CarForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("carId", id);
        model.addAttribute("types", CarType.values());
        model.addAttribute("carStatuses", CarStatus.values());
        return "vehicle/car-form";
    }

    private void requireManager() {
        if (!fleet.mayManage()) {
            throw new AccessDeniedException("not a fleet manager");
        }
    }
}
