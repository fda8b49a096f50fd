/**
 * What the REST controllers of every feature share: request helpers and the mapping of errors to RFC 9457 problem
 * details. The controllers themselves live in their features and only translate HTTP to the features' operations.
 */
package org.kuzet.api;
