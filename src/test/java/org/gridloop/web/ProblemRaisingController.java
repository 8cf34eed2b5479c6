package org.gridloop.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.identity.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Raises each kind of failure on purpose, so the tests can watch the problems they become. */
@RestController
class ProblemRaisingController {

    static final String BASE = "/api/v1/test-problems";

    @GetMapping(BASE + "/refusals/{kind}")
    void refuse(@PathVariable DomainException.Kind kind) {
        throw new DomainException(kind, "test.refusal.undefined", "Refused for the test",
                List.of(new FieldProblem("name", "problem.invalid-input", "invalid")));
    }

    @GetMapping(BASE + "/stale")
    void stale() {
        throw new OptimisticLockingFailureException("Version 3 expected, found 4");
    }

    @GetMapping(BASE + "/failure")
    void fail() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    @PostMapping(BASE + "/samples")
    Sample echo(@Valid @RequestBody Sample sample) {
        return sample;
    }

    @GetMapping(BASE + "/numbers")
    int number(@RequestParam int value) {
        return value;
    }

    @PostMapping(BASE + "/uploads")
    long upload(@RequestPart MultipartFile file) {
        return file.getSize();
    }

    @GetMapping(BASE + "/administration")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String administration(Actor actor) {
        return actor.username();
    }

    record Sample(@NotBlank String name, @Min(1) int count) {
    }
}
