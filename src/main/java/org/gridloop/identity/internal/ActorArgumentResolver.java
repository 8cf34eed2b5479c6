package org.gridloop.identity.internal;

import org.gridloop.identity.Actor;
import org.gridloop.identity.CurrentActor;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives any controller method that declares an {@link Actor} parameter the signed-in user.
 * Without one, the security entry point answers: 401 for the API, the login page for pages.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentActor currentActor;

    ActorArgumentResolver(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return currentActor.find()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }
}
