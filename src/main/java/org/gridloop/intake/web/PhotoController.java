package org.gridloop.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.identity.Actor;
import org.gridloop.intake.Photos;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of reports and case steps uploaded ahead of a report (the mobile app does so while
 * offline reports wait); they are read back through the case they belong to (casework).
 */
@RestController
@Tag(name = "Photos")
class PhotoController {

    private final Photos photos;

    PhotoController(Photos photos) {
        this.photos = photos;
    }

    @Operation(summary = "Upload a photo (JPEG, PNG or WebP)", description = "Returns its id for a report or step.")
    @PostMapping(path = "/api/v1/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, String>> upload(@RequestPart(name = "photo", required = false) MultipartFile photo,
            Actor actor) {
        if (photo == null) {
            throw DomainException.invalidField("photo", "field.required", "required");
        }
        try {
            String id = photos.store("photo", photo.getBytes(), actor.username());
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
