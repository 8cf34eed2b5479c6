package org.gridloop.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page of the workstations; Spring Security handles the form it posts. */
@Controller
class LoginController {

    /**
     * @param blocked the seconds a sign-in must still wait after too many failed ones
     *                ({@link SignInFailurePage}); shown in minutes from one minute on
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String blocked, Model model) {
        if (blocked != null && blocked.matches("[0-9]{1,6}")) {
            long seconds = Long.parseLong(blocked);
            model.addAttribute("blockedSeconds", seconds < 60 ? seconds : null);
            model.addAttribute("blockedMinutes", seconds < 60 ? null : (seconds + 59) / 60);
        }
        return "login";
    }
}
