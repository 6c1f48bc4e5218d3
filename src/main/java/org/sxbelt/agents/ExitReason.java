package org.sxbelt.agents;

/**
 * Why a firm closed. The {@link #id()} is what firm_events.csv writes in its reason column, so it
 * must not change; the English and Chinese texts are for people (the GUI ticker, the inspector).
 */
public enum ExitReason {
    CASH_RAN_OUT("cash ran out", "资金链断裂"),
    CASH_RAN_OUT_AFTER_SUPPORT("cash ran out after support ended", "扶持期满后资金链断裂"),
    LOSSES_AFTER_SUPPORT("losses after support ended", "扶持期满后持续亏损"),
    PERSISTENT_LOSSES("persistent losses", "持续亏损"),
    ORDERS_COLLAPSED("orders collapsed", "订单锐减"),
    /** Stood without a single worker for several months in a row (its space or village slot is freed). */
    NO_WORKERS("no workers", "招不到工人"),
    /** A satellite workshop closed with its park firm. */
    HEADQUARTERS_CLOSED("headquarters closed", "总部关闭");

    private final String id;
    private final String zh;

    ExitReason(String id, String zh) {
        this.id = id;
        this.zh = zh;
    }

    public String id() { return id; }
    /** The English text: the id reads as English, so it serves as the text until a wording needs to differ. */
    public String en() { return id; }
    public String zh() { return zh; }
}
