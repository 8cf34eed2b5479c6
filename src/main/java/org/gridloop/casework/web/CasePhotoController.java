package org.gridloop.casework.web;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridloop.DomainException;
import org.gridloop.casework.CaseManagement;
import org.gridloop.identity.Actor;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a photo back within the scope of the case it belongs to; a photo not attached yet only
 * by its uploader. Anyone else learns nothing, not even that it exists (404).
 */
@RestController
@Tag(name = "Photos")
class CasePhotoController {

    private final CaseManagement cases;

    CasePhotoController(CaseManagement cases) {
        this.cases = cases;
    }

    @Operation(summary = "A stored photo, within the scope of its case")
    @GetMapping({"/api/v1/photos/{id}", "/photos/{id}"})
    ResponseEntity<Resource> photo(@PathVariable String id, Actor actor) {
        return cases.photo(id, actor)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .contentLength(photo.size())
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                        .body((Resource) new FileSystemResource(photo.file())))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "photo.notFound",
                        "No photo " + id));
    }
}
