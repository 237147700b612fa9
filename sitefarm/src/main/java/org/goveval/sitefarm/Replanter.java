package org.goveval.sitefarm;

import java.util.ArrayList;
import java.util.List;
import org.goveval.sitefarm.internal.site.BuiltSite;
import org.goveval.sitefarm.internal.site.FarmContext;

/**
 * Rebuilds one site of a running farm from a changed spec and serves it on the same address, so that a test can
 * scan the same site twice with a defect planted (or fixed) in between, as a real site changes between scans.
 */
final class Replanter {
    private FarmSpec spec;
    private final FarmContext context;
    private final List<BuiltSite> built;
    private final List<SiteHandler> handlers;

    Replanter(FarmSpec spec, FarmContext context, List<BuiltSite> built, List<SiteHandler> handlers) {
        this.spec = spec;
        this.context = context;
        this.built = new ArrayList<>(built);
        this.handlers = List.copyOf(handlers);
    }

    /** Serves {@code site} in place of the farm's site of that name; returns every site with its new manifest. */
    synchronized List<FarmSite> replant(SiteSpec site) {
        if (spec.networkFaces()) {
            // the named https and IPv6 faces were set up from the original spec (NO_IPV6 decides which exist)
            throw new IllegalStateException("a farm with network faces cannot replant a site");
        }
        int index = indexOf(site.name());
        List<SiteSpec> sites = new ArrayList<>(spec.sites());
        sites.set(index, site);
        FarmSpec changed = new FarmSpec(sites, spec.slowOk(), spec.hang(), false); // checks partners again
        BuiltSite rebuilt = SiteFarm.build(site, context);
        List<BuiltSite> all = new ArrayList<>(built);
        all.set(index, rebuilt);
        List<FarmSite> farmSites = SiteFarm.farmSites(all); // fails on a generator bug before anything changes
        handlers.get(index).serve(rebuilt.router());
        built.set(index, rebuilt);
        spec = changed;
        return farmSites;
    }

    private int indexOf(String name) {
        for (int i = 0; i < spec.sites().size(); i++) {
            if (spec.sites().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no site named " + name);
    }
}
