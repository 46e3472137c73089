package org.zhengtong.platform.internal.workbench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/**
 * 工作台: the tiles the modules contribute for a person, arranged as the person chose — which show and in which
 * order. A tile is known by its title key, which is stable; tiles the person never arranged (a module added since)
 * come after the arranged ones in the modules' own order, and a reset brings back that default. A person's own
 * preference, not audited.
 */
@Service
@Transactional
public class Workbench {

    private final List<WorkbenchCard> cards;
    private final JdbcTemplate jdbc;

    Workbench(List<WorkbenchCard> cards, JdbcTemplate jdbc) {
        this.cards = cards;
        this.jdbc = jdbc;
    }

    /** A tile the person may have, with where they put it. */
    public record ArrangedTile(WorkbenchCard.Tile tile, boolean hidden) {

        public String key() {
            return tile.titleKey();
        }
    }

    /** The tiles shown on the person's home page, in their order. */
    @Transactional(readOnly = true)
    public List<WorkbenchCard.Tile> shown(CurrentUser user) {
        return arrangement(user).stream().filter(t -> !t.hidden()).map(ArrangedTile::tile).toList();
    }

    /** Every tile the person may have, shown or hidden, in their order. */
    @Transactional(readOnly = true)
    public List<ArrangedTile> arrangement(CurrentUser user) {
        Map<String, Saved> saved = saved(user.username());
        List<WorkbenchCard.Tile> available = available(user);
        Map<String, Integer> defaultPosition = new HashMap<>();
        for (int i = 0; i < available.size(); i++) {
            defaultPosition.put(available.get(i).titleKey(), i);
        }
        return available.stream()
                .sorted(Comparator.comparingInt((WorkbenchCard.Tile t) -> saved.containsKey(t.titleKey()) ? 0 : 1)
                        .thenComparingInt(t -> Optional.ofNullable(saved.get(t.titleKey())).map(Saved::position)
                                .orElse(defaultPosition.get(t.titleKey()))))
                .map(t -> new ArrangedTile(t, saved.containsKey(t.titleKey()) && saved.get(t.titleKey()).hidden()))
                .toList();
    }

    /**
     * Keeps the person's arrangement: the tiles in the given order, those not in {@code shown} hidden. Every key must
     * be one of the person's tiles, each once; otherwise nothing changes.
     */
    public void arrange(CurrentUser user, List<String> order, Set<String> shown) {
        Set<String> available = new HashSet<>(available(user).stream().map(WorkbenchCard.Tile::titleKey).toList());
        boolean valid = order != null && !order.isEmpty() && available.containsAll(order)
                && new HashSet<>(order).size() == order.size() && (shown == null || available.containsAll(shown));
        if (!valid) {
            throw new BusinessRuleException("workbench.error.unknownTile");
        }
        jdbc.update("delete from platform_workbench_tile where username = ?", user.username());
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            jdbc.update("insert into platform_workbench_tile (username, tile_key, position, hidden) values (?, ?, ?, ?)",
                    user.username(), key, i, shown == null || !shown.contains(key));
        }
    }

    /** Back to the modules' default: every tile, in their order. */
    public void reset(CurrentUser user) {
        jdbc.update("delete from platform_workbench_tile where username = ?", user.username());
    }

    private List<WorkbenchCard.Tile> available(CurrentUser user) {
        return cards.stream().sorted(Comparator.comparingInt(WorkbenchCard::order))
                .map(card -> card.tileFor(user)).flatMap(Optional::stream).toList();
    }

    private record Saved(int position, boolean hidden) {
    }

    private Map<String, Saved> saved(String username) {
        Map<String, Saved> saved = new HashMap<>();
        jdbc.query("select tile_key, position, hidden from platform_workbench_tile where username = ?",
                rs -> {
                    saved.put(rs.getString(1), new Saved(rs.getInt(2), rs.getBoolean(3)));
                }, username);
        return saved;
    }
}
