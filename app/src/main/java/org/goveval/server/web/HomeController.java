package org.goveval.server.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public front page, the login page and robots.txt. */
@Controller
public class HomeController {
    @GetMapping("/")
    String home() {
        return "index";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Crawlers may read the public results; nothing behind the login is worth their visit. */
    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        return "User-agent: *\nAllow: /results\nDisallow: /campaigns\nDisallow: /targets\nDisallow: /api\n";
    }
}
