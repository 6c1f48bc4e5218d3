package org.sxbelt.agents;

import java.util.Locale;

/** What a person does this month. Every person is in exactly one status. */
public enum Status {
    DEPENDENT("dependent", "非劳动年龄"),
    FARMING("farming", "务农"),
    WORKSHOP("village workshop", "村卫星工厂/扶贫车间"),
    PARK("town park", "县城园区"),
    OTHER_TOWN("other belt town", "经济带其他城镇"),
    MIGRANT_XJ("migrant in Xinjiang", "疆内转移"),
    MIGRANT_INLAND("migrant inland", "疆外转移"),
    SERVICES("urban services and public sector", "城镇服务业与公共部门"),
    IDLE("idle", "闲置"),
    /** Out of work and staying in a belt town to search there (the Harris-Todaro urban unemployed). */
    TOWN_SEEKER("seeking work in town", "进城求职"),
    /** Hired by the village's cooperative or scale farm on the land leased to it (ODD 7.7.5). */
    COOPERATIVE("cooperative or scale farm", "合作社与规模经营主体务工");

    private static final Status[] VALUES = values();
    private final String en;
    private final String zh;

    Status(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    public String en() { return en; }
    public String zh() { return zh; }
    /** Names indicators and csv fields: lower-cased in the root locale, never the user's ("ıdle" in Turkish). */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Status of(int code) { return VALUES[code]; }

    public byte code() { return (byte) ordinal(); }

    /** Wage work at a belt firm (village workshop, own-county park or another belt town). */
    public boolean isLocalWageWork() { return this == WORKSHOP || this == PARK || this == OTHER_TOWN; }

    public boolean isDistant() { return this == MIGRANT_XJ || this == MIGRANT_INLAND; }

    public boolean isInLaborForce() { return this != DEPENDENT; }
}
