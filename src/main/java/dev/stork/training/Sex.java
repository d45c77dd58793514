package dev.stork.training;

/** Sex, for norms published separately for women and men. */
public enum Sex {
    FEMALE, MALE
}
