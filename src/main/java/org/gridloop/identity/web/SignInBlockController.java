package org.gridloop.identity.web;

import java.util.List;

import org.gridloop.DomainException;
import org.gridloop.identity.Actor;
import org.gridloop.identity.internal.SignInThrottle;
import org.gridloop.identity.internal.SignInThrottle.Block;
import org.gridloop.identity.internal.SignInThrottle.Kind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts and addresses whose sign-in must wait after failed ones (登录限制), for
 * administrators, who may lift a block.
 */
@RestController
@RequestMapping("/api/v1/sign-in-blocks")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class SignInBlockController {

    private final SignInThrottle throttle;

    SignInBlockController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    List<Block> blocks() {
        return throttle.blocks();
    }

    /** Lifts the block of an account ({@code kind=account}) or address ({@code kind=address}). */
    @DeleteMapping("/{kind}/{subject}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(@PathVariable String kind, @PathVariable String subject, Actor actor) {
        Kind counted = SignInThrottle.Kind.of(kind).orElseThrow(() -> DomainException.invalidField("kind",
                "identity.sign-in-block.kind", "kind must be account or address"));
        if (!throttle.lift(counted, subject, actor.username())) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "identity.sign-in-block.unknown",
                    "No failed sign-ins are counted for this account or address", subject);
        }
    }
}
