/** Invoices of paid orders, rendered as PDF documents. */
package dev.hangar.samples.orders.invoice;
