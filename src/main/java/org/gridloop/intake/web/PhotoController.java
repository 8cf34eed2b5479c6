package org.gridloop.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.identity.Actor;
import org.gridloop.intake.Photos;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of reports and case steps: upload ahead of a report (the mobile app does so while
 * offline reports wait), and read back.
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

    @Operation(summary = "A stored photo")
    @GetMapping({"/api/v1/photos/{id}", "/photos/{id}"})
    ResponseEntity<Resource> photo(@PathVariable String id, Actor actor) {
        return photos.find(id)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .contentLength(photo.size())
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePrivate())
                        .body((Resource) new FileSystemResource(photo.file())))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "photo.notFound",
                        "No photo " + id));
    }
}
