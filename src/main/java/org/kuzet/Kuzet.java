package org.kuzet;

public class Kuzet { public static void main(String[] a) {} }
