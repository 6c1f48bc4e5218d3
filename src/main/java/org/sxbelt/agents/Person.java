package org.sxbelt.agents;

/**
 * Read-only view of one person for MASON inspectors, tests and logs. Getters follow the bean
 * convention so that MASON's inspector lists them.
 */
public final class Person {

    private final Persons persons;
    private final int index;

    public Person(Persons persons, int index) {
        this.persons = persons;
        this.index = index;
    }

    public int getIndex() { return index; }
    public int getHousehold() { return persons.household(index); }
    public int getAge() { return persons.age(index); }
    public String getSex() { return persons.isFemale(index) ? "female" : "male"; }
    public String getStatus() { return persons.status(index).en(); }
    public int getEmployer() { return persons.employer(index); }
    public int getTenureMonths() { return persons.tenure(index); }
    public double getMandarin() { return persons.mandarin(index); }
    public double getSkill() { return persons.skill(index); }
    public boolean getCareDuties() { return persons.has(index, Persons.CARE); }
    public boolean getTrained() { return persons.has(index, Persons.TRAINED); }
    public boolean getCareReleased() { return persons.has(index, Persons.CARE_RELEASED); }
    public boolean getInTrainingCourse() { return persons.has(index, Persons.IN_COURSE); }
    public double getReservationWage() { return persons.reservationWage(index); }

    @Override
    public String toString() {
        return "person " + index + " (" + getSex() + ", " + getAge() + ", " + getStatus() + ")";
    }
}
