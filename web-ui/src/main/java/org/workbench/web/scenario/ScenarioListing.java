package org.workbench.web.scenario;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The list's query: which scenarios match the filters, and in which order a page shows them. */
final class ScenarioListing {
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));

    private ScenarioListing() {}

    /** The page with only the sortable columns it asks for, then by id so that pages never overlap. */
    static Pageable sorted(Pageable page) {
        Sort sort = Sort.by(page.getSort().stream()
                .flatMap(order ->
                        ScenarioSort.of(order.getProperty())
                                .map(column -> order.withProperty(column.property()))
                                .stream())
                .toList());
        sort = sort.isUnsorted() ? DEFAULT_SORT : sort.and(Sort.by("id"));
        return page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), sort) : Pageable.unpaged(sort);
    }

    static Specification<ScenarioEntity> matching(ScenarioQuery query) {
        return (root, criteria, cb) -> {
            var where = new ArrayList<Predicate>();
            String text = query.text();
            if (text != null) {
                String pattern = "%"
                        + text.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("city"), "")), pattern, '\\')));
            }
            if (!query.statuses().isEmpty()) {
                where.add(root.get("status").in(query.statuses()));
            }
            Optional.ofNullable(query.owner())
                    .ifPresent(
                            owner -> where.add(cb.equal(cb.lower(root.get("owner")), owner.toLowerCase(Locale.ROOT))));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
