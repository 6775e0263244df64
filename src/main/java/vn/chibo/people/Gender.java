package vn.chibo.people;

public enum Gender { MALE, FEMALE }
