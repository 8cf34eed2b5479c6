package org.gridloop.web;

import org.gridloop.DomainException;
import org.gridloop.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A workstation page that refuses on purpose, so the tests can watch the error page. */
@Controller
class RefusingPageController {

    static final String PATH = "/test-pages/refusal";

    @GetMapping(PATH)
    String refuse(Actor actor) {
        throw new DomainException(DomainException.Kind.CONFLICT, "error.text.409", "Changed meanwhile");
    }
}
