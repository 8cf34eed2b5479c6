package org.gridloop.organization.web;

import java.util.List;

import org.gridloop.organization.internal.VendorManagement;
import org.gridloop.organization.internal.VendorManagement.Vendor;
import org.gridloop.organization.internal.VendorManagement.VendorForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The information-collection vendors (信息采集服务商); administrators add and edit them. */
@RestController
@RequestMapping("/api/v1/vendors")
class VendorController {

    private final VendorManagement management;

    VendorController(VendorManagement management) {
        this.management = management;
    }

    @GetMapping
    @PreAuthorize(TeamController.READERS)
    List<Vendor> all() {
        return management.all();
    }

    @GetMapping("/{code}")
    @PreAuthorize(TeamController.READERS)
    Vendor one(@PathVariable String code) {
        return management.find(code).orElseThrow(() -> VendorManagement.unknown(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Vendor create(@RequestBody VendorForm form) {
        return management.create(form);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Vendor update(@PathVariable String code, @RequestBody VendorForm form) {
        return management.update(code, form);
    }
}
