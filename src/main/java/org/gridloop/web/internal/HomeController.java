package org.gridloop.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of signed-in users: their workstations. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
